import { benchBrowser } from './browser-bench';
void benchBrowser().then((lines) => console.log(lines.join('\n')));
