import { createRequire } from 'node:module';
import path from 'node:path';
import express from 'express';

const require = createRequire(import.meta.url);
const packageDir = (name: string) => path.dirname(require.resolve(`${name}/package.json`));

/** Example operations shown in the explorer: both cross-unit shapes of the federation. */
export const EXAMPLE_QUERY = `# แดชบอร์ดทั้งเก้ากลุ่มในคำขอเดียว — the whole office in one request
query OfficeDashboard {
  units {
    code
    nameTh
    nameEn
    stats {
      activitiesTotal
      activitiesByLevel { level count }
      feedbackReceived
      feedbackOpen
      feedbackAnswered
      medianDaysToAnswer
    }
  }
  financeAssets {
    nameTh
    activities(first: 3) { nodes { titleTh level status startsAt } }
  }
}
`;

const PAGE = `<!doctype html>
<html lang="th">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>สำรวจข้อมูล GraphQL — SESAO 28 explorer</title>
  <link rel="stylesheet" href="/explorer/assets/graphiql/graphiql.min.css">
  <style>html, body, #explorer { height: 100%; margin: 0; }</style>
</head>
<body>
  <div id="explorer">กำลังโหลด… Loading…</div>
  <script src="/explorer/assets/react/umd/react.production.min.js"></script>
  <script src="/explorer/assets/react-dom/umd/react-dom.production.min.js"></script>
  <script src="/explorer/assets/graphiql/graphiql.min.js"></script>
  <script src="/explorer/start.js"></script>
</body>
</html>`;

// "/explorer?query=…" (the web app's analyst page links its examples so) opens that query in a new tab.
const START = `const fetcher = GraphiQL.createFetcher({ url: '/graphql' });
const root = ReactDOM.createRoot(document.getElementById('explorer'));
const linked = new URLSearchParams(window.location.search).get('query');
root.render(React.createElement(GraphiQL, { fetcher, defaultQuery: ${JSON.stringify(EXAMPLE_QUERY)}, defaultEditorToolsVisibility: true, ...(linked ? { query: linked } : {}) }));
`;

/**
 * A GraphiQL query explorer served entirely from npm packages (no CDN), so it
 * works on a machine without internet. Development only.
 */
export function explorerRouter(): express.Router {
  const router = express.Router();
  for (const name of ['graphiql', 'react', 'react-dom']) {
    router.use(`/assets/${name}`, express.static(packageDir(name), { immutable: true, maxAge: '1d' }));
  }
  router.get('/start.js', (_req, res) => {
    res.type('application/javascript').send(START);
  });
  router.get('/', (_req, res) => {
    res.type('html').send(PAGE);
  });
  return router;
}
