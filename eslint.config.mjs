// ESLint (flat config): TypeScript rules everywhere; src/core kept pure (no adapters, UI, Office, DOM or Node);
// the Office.js platform rules (eslint-plugin-office-addins) on the Excel adapter.
import tseslint from 'typescript-eslint';
import officeAddins from 'eslint-plugin-office-addins';

const CORE_FORBIDDEN_IMPORTS = {
  patterns: [
    {
      group: ['**/office/**', '**/xlsx/**', '**/taskpane/**', '**/commands/**', '**/cli/**', '**/preview/**'],
      message: 'src/core 不得依赖适配器或界面（core must not import adapters or UI）',
    },
    {
      group: ['node:*', 'fs', 'path', 'os', 'child_process', 'exceljs', 'react', 'react-dom', '@fluentui/*', 'docx', 'playwright-core'],
      message: 'src/core 只能是纯 TypeScript（no Node, DOM, UI or file libraries）',
    },
  ],
};
const CORE_FORBIDDEN_GLOBALS = [
  'window',
  'document',
  'navigator',
  'localStorage',
  'Office',
  'Excel',
  'process',
  'require',
  'Buffer',
  '__dirname',
  'fetch',
].map((name) => ({
  name,
  message: 'src/core 必须纯净：不使用 DOM、Office 或 Node 的全局对象',
}));

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'test-artifacts/**', '{tmp,release}/**', 'vendor/**', 'bin/**', '*.config.js'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', CORE_FORBIDDEN_IMPORTS],
      'no-restricted-globals': ['error', ...CORE_FORBIDDEN_GLOBALS],
      // Small units: no core function over 80 lines (blank lines and comments not counted).
      'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true, IIFEs: true }],
      // Spreading an unbounded array into a call overflows the stack on a large sheet (Math.max(...rows)).
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.object.name='Math'] > SpreadElement",
          message: 'Math.max/min(...array) 在大工作表上会栈溢出：用 reduce',
        },
      ],
    },
  },
  {
    files: ['src/office/**/*.ts'],
    ignores: ['src/office/fake/**'],
    plugins: { 'office-addins': officeAddins },
    rules: {
      'office-addins/no-context-sync-in-loop': 'error',
      'office-addins/load-object-before-read': 'error',
      'office-addins/call-sync-before-read': 'error',
      'office-addins/call-sync-after-load': 'error',
      'office-addins/no-empty-load': 'error',
      'office-addins/no-navigational-load': 'error',
      'office-addins/test-for-null-using-isNullObject': 'error',
    },
  },
  {
    files: ['scripts/**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
);
