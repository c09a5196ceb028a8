/** The standalone help page (help.html, the manifest's SupportUrl): every page of the pane's 帮助, from the same data. */
import { createRoot } from 'react-dom/client';
import { HELP_PAGES } from '../taskpane/help-pages';

createRoot(document.getElementById('root')!).render(
  <main
    style={{ fontFamily: "'Microsoft YaHei UI', 'Noto Sans CJK SC', sans-serif", maxWidth: '46em', margin: '2em auto', lineHeight: 1.7 }}
  >
    <h1>预算公开助手 · 使用说明</h1>
    <p>在 Excel“开始”选项卡的“预算公开”组中点击“预算公开助手”，在任务窗格中使用以下功能。所有数据只在本机处理，不会上传。</p>
    {HELP_PAGES.map((p) => (
      <section key={p.id}>
        <h2>{p.title}</h2>
        <ol>
          {p.steps.map((x) => (
            <li key={x}>{x}</li>
          ))}
        </ol>
        <ul>
          {p.tips.map((x) => (
            <li key={x}>{x}</li>
          ))}
        </ul>
        <img src={`help/${p.image}`} alt={`${p.title}的界面截图`} style={{ maxWidth: '100%' }} />
      </section>
    ))}
  </main>,
);
