/**
 * The supervisor's warm spare: Node, tsx and the kit loaded (most of a part's start-up), waiting to be
 * told which part to become when one exits unexpectedly, so that part is back within a second or two.
 * Its environment is the one every part gets; only the entry differs.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import '@sesao28/kit';

process.channel?.ref();
process.once('message', (message: { entry: string }) => {
  process.channel?.unref();
  // `ps` and `pgrep -f services/<slug>` find it by the part it now is.
  process.title = `node ${message.entry}`;
  void import(pathToFileURL(path.resolve(message.entry)).href);
});
process.send?.('loaded');
