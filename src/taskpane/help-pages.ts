/**
 * 帮助: one short page per capability (what it does, the steps, what to do when something is off), with the
 * README's screenshots. Data, shown in the pane (帮助 link beside the tabs) and as the standalone help.html.
 */
export interface HelpPage {
  id: 'insert' | 'check' | 'names' | 'narrative';
  title: string;
  steps: string[];
  tips: string[];
  image: string;
}

export const HELP_PAGES: readonly HelpPage[] = [
  {
    id: 'insert',
    title: '插入模板',
    steps: [
      '选择版式（预算年度）、部门或单位，填写编码（如 225，单位 225001；全角数字也可）和名称。',
      '勾选要插入的公开表（默认九张部门预算表），点“插入模板”。',
      '每张表插入为一个新工作表；已有工作表不会被改动。工作簿中已有同样的表时会先询问。',
    ],
    tips: ['按钮不可用时，按钮下方会说明还缺什么。', '“导入样表版式”可按财政局下发的样表插入。'],
    image: 'preview-insert.png',
  },
  {
    id: 'check',
    title: '检查与出错说明',
    steps: [
      '点“检查”：识别工作簿中的公开表，核对表内、表间的勾稽关系，问题单元格按 错误（红）、尾差（黄）、提示（蓝）标色。',
      '一个数字录错时，最上方给出“最可能出错”的单元格和应为的数，可点“采用改正”，也可“撤销改正”。',
      '不需改动的尾差、提示，点“填写说明”写明原因（提示也可“忽略”）；说明存于本工作簿，数字改动后会重新打开。',
      '“报送状态”显示“可以报送”或还差什么；“审核报告（Word）”和“导出检查结果”带上全部出错说明，供财政局审核。',
    ],
    tips: ['清除标记会恢复单元格原来的底色。', '工作簿被改动后结果会提示过期，点任一结果即重新检查。'],
    image: 'preview-check.png',
  },
  {
    id: 'names',
    title: '科目名称',
    steps: [
      '点“填充科目名称”：按编码和各表的预算年度填写空白的科目名称（填写的单元格标绿，下次检查时恢复），并列出与标准名称不符的名称。',
      '不在内置科目表中的编码：在列表中填写名称后点“为此编码填写名称”，所有该编码的行一次填好，并记入本机科目表（用户补充）。',
      '科目查询：输入编码或名称，点结果写入当前行。',
    ],
    tips: ['内置科目表只收录公开文件中出现过的科目，不完整；可导入本单位从一体化系统导出的科目表。', '“撤销上次修改”恢复原值和原底色。'],
    image: 'preview-names.png',
  },
  {
    id: 'narrative',
    title: '情况说明',
    steps: [
      '填写部门职责、机构设置、上年数和增减原因等（“保存填写内容到工作簿”后重新打开仍在）。',
      '点“生成 Word”或“写入说明工作表”：说明中的数字取自表格；未填的内容以〔请填写…〕标出。',
      '说明核对：粘贴已写好的说明，点“核对说明”，逐个列出说明中的数字与表格是否一致，点单元格链接可跳到表中。',
    ],
    tips: ['表格中有错误时，生成前会先提醒。', '“名词解释用语”按部门级次预选，可修改。'],
    image: 'preview-narrative.png',
  },
];
