/** Small things every panel shares: badge colours by severity, the status shape, and this browser's storage. */
export const SEVERITY_INTENT = { error: 'danger', rounding: 'warning', advisory: 'informative' } as const;

export type PanelStatus =
  | { kind: 'idle' }
  | { kind: 'busy'; text: string }
  | { kind: 'info'; text: string; link?: string }
  | { kind: 'error'; text: string; detail?: string };

/** localStorage where the host allows it (never shared beyond this machine). */
export const browserStorage = (): Storage | undefined => (typeof localStorage === 'undefined' ? undefined : localStorage);
