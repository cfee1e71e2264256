// @allyhut/testkit: test and tool plumbing, once (index.d.ts says what each export does).
"use strict";

const { freePort, sleep, tail } = require("@allyhut/localdb");

module.exports = {
  freePort,
  sleep,
  tail,
  ...require("./server"),
  ...require("./database"),
  ...require("./private-mariadb"),
  ...require("./money-invariants"),
};
