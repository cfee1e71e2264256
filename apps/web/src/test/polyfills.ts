// jsdom lacks what react-router and Apollo expect from a browser; Node has them.
import { TextDecoder, TextEncoder } from "node:util";

Object.assign(globalThis, { TextEncoder, TextDecoder });
