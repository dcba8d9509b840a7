import { useEffect, useRef } from 'react';
import type { RunStamp } from '../../store/harness-slice';

/** Stamps a result with what produced it and when; a new run replaces it visibly and brings it into view. */
export function RunStampLine({ stamp }: { stamp: RunStamp | undefined }) {
  const ref = useRef<HTMLParagraphElement>(null);
  const run = stamp?.run ?? 0;
  useEffect(() => {
    // A result lands below the buttons, often off-screen: show it, or the admin reads the previous one.
    if (run > 0) ref.current?.closest('section')?.scrollIntoView?.({ block: 'nearest', behavior: 'smooth' });
  }, [run]);
  if (!stamp) return null;
  const at = new Date(stamp.at);
  return (
    // The key restarts the highlight, so a run with the same outcome still looks new.
    <p key={stamp.run} ref={ref} className="run-stamp">
      Run {stamp.run}: {stamp.what}, at <time dateTime={stamp.at}>{at.toLocaleTimeString()}</time>
      {stamp.run > 1 && <span className="muted"> — replaces run {stamp.run - 1}</span>}
    </p>
  );
}
