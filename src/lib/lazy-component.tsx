import { lazy, Suspense, useState, type ComponentType, type ReactNode } from "react";

type Module<P> = { default: ComponentType<P> };

export type LazyComponent<P extends object> = ComponentType<P> & {
  /** Fetches the code; once it resolves, the component renders without suspending. */
  preload: () => Promise<void>;
};

/**
 * React.lazy that can be loaded ahead of rendering. A plain `lazy` suspends on its first
 * render even when its module is already here, which would put the fallback into
 * prerendered HTML and into hydration; after `preload()` this renders the module directly.
 */
export function lazyComponent<P extends object>(
  load: () => Promise<Module<P>>,
  fallback: ReactNode = null,
): LazyComponent<P> {
  let loaded: ComponentType<P> | undefined;
  const preload = () =>
    load().then((module) => {
      loaded = module.default;
    });
  const Lazy = lazy(() => preload().then(() => ({ default: loaded as ComponentType<P> })));

  function LazyBoundary(props: P) {
    // Chosen once per mount: switching from Lazy to the loaded component later would be a
    // different component type, and React would remount everything under it (a sheet
    // opened before its code arrived would close and reopen at the next render).
    const [Component] = useState(() => loaded ?? Lazy);
    return (
      <Suspense fallback={fallback}>
        <Component {...props} />
      </Suspense>
    );
  }
  return Object.assign(LazyBoundary, { preload });
}
