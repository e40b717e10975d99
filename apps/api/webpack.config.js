const { NxAppWebpackPlugin } = require('@nx/webpack/app-plugin');
const { join } = require('path');

// Shared with the jest config so that the served OpenAPI document and the committed one agree.
const swaggerPlugin = require('./swagger-plugin.config');

const certificateSources = join(__dirname, '../../libs/certificates/src');

/**
 * The certificate worker bundle starts in libs/certificates, outside the files tsconfig.app.json
 * names. Nx's ts-loader builds one program from those files (watch API), and for a module outside
 * it emits another module's code; so the library gets a transpile-only ts-loader of its own (its
 * types are checked by its own tsconfig and lint).
 */
class CompileCertificatesLibrary {
  apply(compiler) {
    const { rules } = compiler.options.module;
    const tsLoader = rules.find((rule) => String(rule.loader).includes('ts-loader'));
    tsLoader.exclude = [tsLoader.exclude, certificateSources];
    rules.push({
      test: /\.ts$/,
      include: certificateSources,
      loader: tsLoader.loader,
      options: { instance: 'certificates', transpileOnly: true, configFile: join(certificateSources, '../tsconfig.lib.json') },
    });
  }
}

module.exports = {
  output: {
    path: join(__dirname, '../../dist/apps/api'),
    clean: true,
    // What `require` returns: the worker bundle's exports (the benchmark renders through them); main.js exports nothing.
    library: { type: 'commonjs2' },
    ...(process.env.NODE_ENV !== 'production' && {
      devtoolModuleFilenameTemplate: '[absolute-resource-path]',
    }),
  },
  plugins: [
    new NxAppWebpackPlugin({
      target: 'node',
      compiler: 'tsc',
      main: './src/main.ts',
      // The certificate renderer's worker threads run their own bundle (see CertificateRenderPool).
      additionalEntryPoints: [{ entryName: 'certificate-render.worker', entryPath: 'libs/certificates/src/lib/pool/render-worker.ts' }],
      tsConfig: './tsconfig.app.json',
      assets: [
        './src/assets',
        // The PDFs' embedded font (see src/app/pdf/pdf-document.ts and libs/certificates), with its licence.
        { input: 'node_modules/dejavu-fonts-ttf/ttf', glob: 'DejaVuSans{,-Bold}.ttf', output: 'assets/fonts' },
        { input: 'node_modules/dejavu-fonts-ttf', glob: 'LICENSE', output: 'assets/fonts' },
      ],
      optimization: false,
      outputHashing: 'none',
      generatePackageJson: true,
      sourceMap: true,
      transformers: [swaggerPlugin],
    }),
    new CompileCertificatesLibrary(),
  ],
};
