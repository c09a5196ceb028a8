/** Small things every panel shares: badge colours by severity, and the status shape. */
export const SEVERITY_INTENT = { error: 'danger', rounding: 'warning', advisory: 'informative' } as const;

export type PanelStatus =
  | { kind: 'idle' }
  | { kind: 'busy'; text: string }
  | { kind: 'info'; text: string; link?: string }
  | { kind: 'error'; text: string; detail?: string };
