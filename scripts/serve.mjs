// `npm start`: serves the demo ward portal (demo/) with the CDN build, the examples and the
// locales, on http://localhost:8080 (or the next free port, or $PORT).
import { createStaticServer } from './static-server.mjs';

const preferred = Number(process.env.PORT) || 8080;
const server = await createStaticServer({ root: process.cwd(), port: preferred, index: '/demo/' });
const { port } = server.address();
console.log(`\nguidepost demo ward portal: http://localhost:${port}/demo/`);
console.log(`  tour over a ward form:     http://localhost:${port}/demo/tour.html`);
console.log(`  helper desk:               http://localhost:${port}/demo/helper-desk.html`);
console.log(`  digital citizen station:   http://localhost:${port}/demo/kiosk.html`);
console.log(`  printed handbook:          http://localhost:${port}/demo/handbook.html`);
console.log(`  tutorial editor:           http://localhost:${port}/demo/editor.html`);
console.log('Press Ctrl+C to stop.\n');
