// How the local server answers: every answer carries CORS headers, as
// ChartMogul's do (Retry-After exposed, so browsers can honour it).

export const CORS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, POST, PATCH, PUT, DELETE, OPTIONS',
  'Access-Control-Allow-Headers': 'Authorization, Accept, Content-Type',
  'Access-Control-Max-Age': '600',
  'Access-Control-Expose-Headers': 'Retry-After',
};

export function send(res, { status, body = '', type = 'application/json', headers = {} }) {
  res.writeHead(status, { ...CORS, ...headers, ...(body ? { 'Content-Type': type } : {}) });
  res.end(body);
}

export function sendJson(res, status, value, headers = {}) {
  send(res, { status, body: JSON.stringify(value), headers });
}
