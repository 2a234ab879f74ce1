import type { Plugin } from 'vite';

/**
 * Each language's strings are a chunk of their own (src/i18n/index.ts), which the app would only discover after its
 * main script has run. This adds a small script to index.html that preloads the chunk of the language the page will
 * show — the one remembered in the browser (localStorage `ksh_lang`), else the browser's — alongside the main script.
 */
export function preloadLanguageStrings(): Plugin {
  return {
    name: 'preload-language-strings',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const files: Record<string, string> = {};
        for (const item of Object.values(ctx.bundle ?? {})) {
          const language = item.type === 'chunk' ? /\/i18n\/(en|hi)\.json$/.exec(item.facadeModuleId ?? '')?.[1] : undefined;
          if (item.type === 'chunk' && language) files[language] = `/${item.fileName}`;
        }
        if (!files.en || !files.hi) throw new Error('preload-language-strings: the en and hi string chunks were not found');
        const script =
          `(function(){var f=${JSON.stringify(files)},l;try{l=localStorage.getItem('ksh_lang')}catch(e){}` +
          `if(l!=='en'&&l!=='hi')l=navigator.language.toLowerCase().indexOf('hi')===0?'hi':'en';` +
          `var k=document.createElement('link');k.rel='modulepreload';k.href=f[l];document.head.appendChild(k)})()`;
        return [{ tag: 'script', children: script, injectTo: 'head-prepend' }];
      },
    },
  };
}
