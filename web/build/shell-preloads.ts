import type { Plugin } from 'vite';

/**
 * API requests a page's first view makes, by address (path and search, as typed or linked): `{lang}` is the language
 * the page will show. Each must be the exact URL the app then asks for, or the browser fetches it twice
 * (test/browser/first-view.test.ts checks the catalog's).
 */
export type FirstViewData = Record<string, string[]>;

/**
 * What the page needs is discovered only after its main script has run; on a phone line each discovery is a round
 * trip. This adds a small script to index.html that starts, alongside the main script: the strings chunk of the
 * language the page will show (each language is a chunk of its own, src/i18n/index.ts) — the one remembered in the
 * browser (localStorage `ksh_lang`), else the browser's — and the first view's API requests of the address.
 */
export function shellPreloads(data: FirstViewData): Plugin {
  return {
    name: 'shell-preloads',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const files: Record<string, string> = {};
        for (const item of Object.values(ctx.bundle ?? {})) {
          const language = item.type === 'chunk' ? /\/i18n\/(en|hi)\.json$/.exec(item.facadeModuleId ?? '')?.[1] : undefined;
          if (item.type === 'chunk' && language) files[language] = `/${item.fileName}`;
        }
        if (!files.en || !files.hi) throw new Error('shell-preloads: the en and hi string chunks were not found');
        const script =
          `(function(){var f=${JSON.stringify(files)},d=${JSON.stringify(data)},l,i;try{l=localStorage.getItem('ksh_lang')}catch(e){}` +
          `if(l!=='en'&&l!=='hi')l=navigator.language.toLowerCase().indexOf('hi')===0?'hi':'en';` +
          `function add(r,h,a){var k=document.createElement('link');k.rel=r;k.href=h;if(a){k.as=a;k.crossOrigin='anonymous'}document.head.appendChild(k)}` +
          `add('modulepreload',f[l]);var u=d[location.pathname+location.search]||[];` +
          `for(i=0;i<u.length;i++)add('preload',u[i].replace('{lang}',l),'fetch')})()`;
        return [{ tag: 'script', children: script, injectTo: 'head-prepend' }];
      },
    },
  };
}
