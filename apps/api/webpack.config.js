const { NxAppWebpackPlugin } = require('@nx/webpack/app-plugin');
const { join } = require('path');

// Shared with the jest config so that the served OpenAPI document and the committed one agree.
const swaggerPlugin = require('./swagger-plugin.config');

module.exports = {
  output: {
    path: join(__dirname, '../../dist/apps/api'),
    clean: true,
    ...(process.env.NODE_ENV !== 'production' && {
      devtoolModuleFilenameTemplate: '[absolute-resource-path]',
    }),
  },
  plugins: [
    new NxAppWebpackPlugin({
      target: 'node',
      compiler: 'tsc',
      main: './src/main.ts',
      tsConfig: './tsconfig.app.json',
      assets: [
        './src/assets',
        // The PDFs' embedded font (see src/app/pdf/pdf-document.ts), with its licence.
        { input: 'node_modules/dejavu-fonts-ttf/ttf', glob: 'DejaVuSans{,-Bold}.ttf', output: 'assets/fonts' },
        { input: 'node_modules/dejavu-fonts-ttf', glob: 'LICENSE', output: 'assets/fonts' },
      ],
      optimization: false,
      outputHashing: 'none',
      generatePackageJson: true,
      sourceMap: true,
      transformers: [swaggerPlugin],
    }),
  ],
};
