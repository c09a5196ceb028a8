/**
 * The note that what the add-in kept (in the workbook: 出错说明, 情况说明 inputs, 上年公开文件 — src/core/review/
 * stored-damage.ts; in this browser: 本单位科目表) was damaged: which part, what is wrong, that the damaged part was
 * ignored and what to do. One bar each.
 */
import { MessageBar, MessageBarBody } from '@fluentui/react-components';
export function StoredDamageNotes({ damaged }: { damaged: readonly { part: string; text: string }[] | undefined }) {
  if (!damaged?.length) return null;
  return (
    <>
      {damaged.map((d) => (
        <MessageBar key={d.part} layout="multiline" intent="warning" aria-label={`${d.part}已损坏`}>
          <MessageBarBody>{d.text}</MessageBarBody>
        </MessageBar>
      ))}
    </>
  );
}
