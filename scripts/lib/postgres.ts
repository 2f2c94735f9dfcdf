// The PostgreSQL that the test commands (`npm test`, `npm run test:resilience`) create their databases on:
// where it is, whether it answers, and what to tell a user whose machine has none running.
import pg from "pg";

export const TEST_PG_ADMIN_URL = process.env.TEST_PG_ADMIN_URL ?? "postgresql://postgres:postgres@127.0.0.1:5432/postgres";

export async function canConnect(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

/** What a command that needs PostgreSQL prints when none answers: what it needs and how to start it. */
export function postgresUnreachableMessage(url: string = TEST_PG_ADMIN_URL): string {
  return (
    `✗ 无法连接 PostgreSQL（${url.replace(/:[^:@/]+@/, ":***@")}）。请启动它，例如：\n` +
    `    sudo apt-get install -y postgresql && sudo pg_ctlcluster 15 main start && sudo -u postgres psql -c "ALTER USER postgres PASSWORD 'postgres'"\n` +
    `  或设置 TEST_PG_ADMIN_URL 指向一个可创建数据库的账号（npm test 以 root 运行时会自行安装并启动）。`
  );
}
