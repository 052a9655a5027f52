// Keeps the desk current. For now it polls GET /api/briefings/{id}/entries every few seconds.
// TODO(#6): when GET /api/briefings/{id}/events (SSE) lands, open an EventSource here and call onChange on
// each event instead of on a timer; the desk only depends on watch() and the returned stop function.
const POLL_MILLIS = 5000;

export function watch(onChange) {
  let timer = null;
  let stopped = false;
  const tick = async () => {
    try {
      await onChange();
    } finally {
      if (!stopped) timer = setTimeout(tick, POLL_MILLIS);
    }
  };
  timer = setTimeout(tick, POLL_MILLIS);
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}
