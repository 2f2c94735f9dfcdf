// The yardstick of `npm run bench`: a bare node:http server that answers every request with the bytes
// and headers captured from the portal (read from the JSON file given as argument). Nothing else.
import http from "node:http";
import { readFileSync } from "node:fs";

type Captured = { headers: [string, string][]; bodyBase64: string };
const file = process.argv[2];
const port = Number(process.argv[3]);
const captured = JSON.parse(readFileSync(file, "utf8")) as Captured;
const body = Buffer.from(captured.bodyBase64, "base64");
const headers = [...captured.headers.flat(), "content-length", String(body.length)];

http
  .createServer((_req, res) => {
    res.writeHead(200, headers);
    res.end(body);
  })
  .listen(port, "127.0.0.1", () => console.log(`bare server on ${port}`));
