/** The gateway's front page: where to go, in Thai first and English. */
export function homePage(development: boolean): string {
  const explorer = development
    ? '<li><a href="/explorer">สำรวจข้อมูลด้วย GraphQL (GraphiQL) — query explorer</a></li>'
    : '';
  return `<!doctype html>
<html lang="th">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>ระบบการมีส่วนร่วม สพม.ศรีสะเกษ ยโสธร — SESAO 28 participation platform</title></head>
<body>
<main>
<h1>ระบบการมีส่วนร่วมของผู้รับบริการและผู้มีส่วนได้ส่วนเสีย</h1>
<p lang="en">Stakeholder-participation platform of the Secondary Educational Service Area Office 28</p>
<ul>
<li>GraphQL API: <code>POST /graphql</code></li>
${explorer}
</ul>
</main>
</body>
</html>`;
}
