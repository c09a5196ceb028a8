/**
 * The 情况说明 inputs being typed: their state, what the workbook holds (to tell unsaved changes), saving them, and
 * which workbook they belong to. Unsaved inputs are registered with pending-saves.ts, so 保存为 .xlsx puts them in
 * the file; inputs typed for a workbook that is no longer open are never saved into another one.
 */
import { useRef, useState } from 'react';
import { DEFAULT_INPUTS, type NarrativeInputs } from '../core/narrative/inputs';
import { parseUnitsText, unitsText as unitsToText } from '../core/narrative/units-text';
import type { WorkbookHost } from '../host/workbook-host';
import { saveInputs } from '../actions/narrative';
import { usePendingSave } from './pending-saves';

export const UNSAVED_INPUTS = '情况说明的填写内容';

const same = (x: NarrativeInputs) => JSON.stringify(x);

export function useNarrativeInputs(host: WorkbookHost) {
  const [inputs, setInputs] = useState<NarrativeInputs>(DEFAULT_INPUTS);
  const [unitsText, setUnitsText] = useState('');
  /** The inputs as the workbook holds them (normalized as the form would give them back). */
  const [stored, setStored] = useState(() => same({ ...DEFAULT_INPUTS, units: [] }));
  const [workbook, setWorkbook] = useState(() => host.workbookId?.());
  const latest = useRef({ inputs, unitsText });
  latest.current = { inputs, unitsText };

  const withUnits = (): NarrativeInputs => ({ ...latest.current.inputs, units: parseUnitsText(latest.current.unitsText) });
  const dirty = same(withUnits()) !== stored;

  /** The inputs just read from the workbook that is open now. */
  const loaded = (x: NarrativeInputs) => {
    const text = unitsToText(x.units);
    setInputs(x);
    setUnitsText(text);
    setStored(same({ ...x, units: parseUnitsText(text) }));
    setWorkbook(host.workbookId?.());
  };
  const save = async () => {
    const v = withUnits();
    await saveInputs(host, v);
    setStored(same(v));
  };
  usePendingSave(UNSAVED_INPUTS, dirty, workbook, save);

  const set = <K extends keyof NarrativeInputs>(k: K, v: NarrativeInputs[K]) => setInputs((x) => ({ ...x, [k]: v }));
  /** True when another workbook was opened since the inputs were read: they are not its inputs. */
  const otherWorkbook = () => workbook !== host.workbookId?.();
  return { inputs, set, unitsText, setUnitsText, withUnits, dirty, loaded, save, otherWorkbook };
}
