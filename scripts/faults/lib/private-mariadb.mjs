// A private mariadbd in a temp directory (the shared one on :3306 is everyone's: never stop that).
export { startPrivateMariadb } from "@allyhut/testkit";
