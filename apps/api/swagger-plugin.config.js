// The @nestjs/swagger compiler plugin reads DTO classes and their JSDoc into the OpenAPI document.
module.exports = {
  name: '@nestjs/swagger/plugin',
  options: {
    dtoFileNameSuffix: ['.dto.ts', '.controller.ts'],
    controllerFileNameSuffix: ['.controller.ts'],
    classValidatorShim: true,
    introspectComments: true,
  },
};
