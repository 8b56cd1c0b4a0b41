// @fastify/static requires content-disposition@3, which is ESM only; Node loads it, jest cannot.
// jest maps the package to this shim: the same two functions from the CommonJS 0.5 release.
const contentDisposition = require('../../node_modules/content-disposition');

module.exports = { create: contentDisposition, parse: contentDisposition.parse };
