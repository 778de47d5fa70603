/** A fresh task: what follows runs after the browser has had a turn (input, paint). */
export const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
