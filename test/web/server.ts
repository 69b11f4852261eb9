// A local HTTP server on 127.0.0.1 for the fetch tests: routes map a path to a handler; closed
// after the test file. No test reaches the internet.
import {after} from 'node:test';
import http from 'node:http';
import type {AddressInfo} from 'node:net';

export type Route = (request: http.IncomingMessage, response: http.ServerResponse) => void;

/** Starts a server with `routes`; resolves with its base address and a way to close it. */
export async function startServer(routes: Record<string, Route>): Promise<{base: string; close: () => Promise<void>}> {
	const sockets = new Set<import('node:net').Socket>();
	const server = http.createServer((request, response) => {
		const route = routes[request.url ?? ''];
		if (route) route(request, response);
		else {
			response.writeHead(404, {'content-type': 'text/plain'});
			response.end('not found');
		}
	});
	server.on('connection', socket => {
		sockets.add(socket);
		socket.on('close', () => sockets.delete(socket));
	});
	await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
	let closed = false;
	const close = async () => {
		if (closed) return;
		closed = true;
		for (const socket of sockets) socket.destroy();
		await new Promise<void>(resolve => server.close(() => resolve()));
	};

	after(close);
	return {base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close};
}

/** A route that answers `body` with `type`. */
export const serve = (type: string, body: string | Buffer): Route => (_request, response) => {
	response.writeHead(200, {'content-type': type});
	response.end(body);
};
