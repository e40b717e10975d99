// ts-jest wants name/version/factory; this hands it the same @nestjs/swagger plugin the build uses.
const transformer = require('@nestjs/swagger/plugin');
const { options } = require('./swagger-plugin.config');

module.exports.name = 'nestjs-swagger-transformer';
module.exports.version = 1;
module.exports.factory = (cs) => transformer.before(options, cs.program);
