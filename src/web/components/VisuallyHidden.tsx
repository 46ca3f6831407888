import type { ReactNode } from 'react';

/** Text for screen readers only, e.g. the name of the team after a "Delete" button. */
export function VisuallyHidden({ children }: { children: ReactNode }) {
  return <span className="visually-hidden">{children}</span>;
}
