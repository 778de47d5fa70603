/** A fresh task: what follows runs after the browser has had a turn (input, paint). */
export const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Resolves in a task after the browser's next paint: what a tap changed is drawn before
 * the work it asks for starts. React renders an update made there in one go, at default
 * priority, where a transition would render it in 5 ms slices with frames between them
 * (docs/decisions/014, ninth round). A hidden page paints no frames: a timeout stands in.
 */
export const afterNextPaint = () =>
  new Promise<void>((resolve) => {
    const noFrame = setTimeout(resolve, 250);
    requestAnimationFrame(() => {
      clearTimeout(noFrame);
      setTimeout(resolve, 0);
    });
  });
