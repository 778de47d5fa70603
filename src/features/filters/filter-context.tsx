import { createContext, useContext, type ReactNode } from "react";
import { NO_MARKS, type FilterContext } from "./filter-state";

const Context = createContext<FilterContext>(NO_MARKS);

/** The app passes the person's marks in, so the Status chips can count and match. */
export function FilterContextProvider({ value, children }: { value: FilterContext; children: ReactNode }) {
  return <Context value={value}>{children}</Context>;
}

export function useFilterContext(): FilterContext {
  return useContext(Context);
}
