// Keeps the desk current from the staff event stream GET /api/briefings/{id}/desk-events: every workflow
// change in the briefing (drafts too) is one event, and the desk reloads its list. The browser sends the
// session cookie and reconnects with Last-Event-ID by itself; a (re)connect reloads too, since events may have
// been missed before it. When the stream cannot be had (an old proxy, 429/503, three failures in a row) the
// desk polls every few seconds instead. document.body.dataset.deskLive says which: 'stream' or 'poll'.
import { streamState } from '../platform/connection.js';

const POLL_MILLIS = 5000;
const DEBOUNCE_MILLIS = 150;
const MAX_FAILURES = 3;

export function watch(briefingId, onChange) {
  let stopped = false;
  let timer = null;
  let pending = null;
  let source = null;
  let failures = 0;

  const changed = () => {
    if (stopped || pending) return;
    pending = setTimeout(async () => {
      pending = null;
      await onChange();
    }, DEBOUNCE_MILLIS);
  };

  const poll = () => {
    document.body.dataset.deskLive = 'poll';
    streamState('poll');
    const tick = async () => {
      try {
        await onChange();
      } finally {
        if (!stopped) timer = setTimeout(tick, POLL_MILLIS);
      }
    };
    timer = setTimeout(tick, POLL_MILLIS);
  };

  if (typeof EventSource === 'function') {
    source = new EventSource(`../api/briefings/${briefingId}/desk-events`, { withCredentials: true });
    source.addEventListener('open', () => {
      failures = 0;
      document.body.dataset.deskLive = 'stream';
      streamState('open');
      changed();
    });
    source.addEventListener('desk-changed', changed);
    source.addEventListener('reload', changed);
    source.addEventListener('error', () => {
      failures += 1;
      streamState('retrying');
      // CLOSED: the server refused the stream (401, 429, 503 …); the browser will not retry it.
      if (source.readyState === EventSource.CLOSED || failures >= MAX_FAILURES) {
        source.close();
        source = null;
        if (!stopped) poll();
      }
    });
  } else {
    poll();
  }

  return () => {
    stopped = true;
    clearTimeout(timer);
    clearTimeout(pending);
    if (source) source.close();
    delete document.body.dataset.deskLive;
    streamState(null);
  };
}
