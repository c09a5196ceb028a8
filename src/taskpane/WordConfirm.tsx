/** 生成 Word while the tables have 错误: the figures of the 说明 come from those tables, so the panel asks first. */
import { Button, MessageBar, MessageBarBody } from '@fluentui/react-components';

export function WordConfirm({ errors, onGo, onCancel }: { errors: number; onGo: () => void; onCancel: () => void }) {
  return (
    <MessageBar layout="multiline" intent="warning">
      <MessageBarBody>
        表格中有 {errors} 处错误，说明中的数字取自这些表格，也会随之出错。建议先在“检查”页改正。{' '}
        <Button size="small" onClick={onGo}>
          仍然生成
        </Button>{' '}
        <Button size="small" onClick={onCancel}>
          取消
        </Button>
      </MessageBarBody>
    </MessageBar>
  );
}
