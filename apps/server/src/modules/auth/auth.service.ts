import {
  AlreadyExists,
  Unauthenticated,
  type AuthService as AuthServiceApi,
  type UserModel,
} from "@allyhut/schema/domain";
import { insertRow, UTC_NOW } from "../../db/insert-row";
import { isDuplicateKey } from "../../db/sql-values";
import type { ServiceDeps } from "../service-deps";
import { User } from "../users/user.entity";
import { userFrom } from "../users/user.row";
import { checkEmail, checkName, checkNewPassword, normalizeEmail } from "./credentials";
import { LoginThrottle, pruneLoginThrottles } from "./login-throttle";
import { hashPassword, verifyPassword, verifyWithoutUser } from "./password";

export const LOGIN_FAILED_MESSAGE = "Email or password is incorrect.";

// Now and then a login also forgets throttle buckets that are over, so the table stays small.
const PRUNE_ONE_IN = 50;

/** Sign-up and login; the session itself is the SessionControl's business. */
export class AuthService implements AuthServiceApi {
  constructor(private readonly deps: ServiceDeps) {}

  async signUp(input: { name: string; email: string; password: string }): Promise<UserModel> {
    const name = checkName(input.name);
    const { email, normalized } = checkEmail(input.email);
    const password = checkNewPassword(input.password);
    // Checked before hashing so a taken email costs no argon2 run; the unique key decides races.
    const users = this.deps.db.getRepository(User);
    if (await users.existsBy({ emailNormalized: normalized })) throw emailTaken();
    const passwordHash = await hashPassword(password);
    try {
      const userId = await insertRow(this.deps.db, User, {
        email,
        emailNormalized: normalized,
        name,
        passwordHash,
        createdAt: UTC_NOW,
      });
      const user = { id: userId, name, email };
      this.deps.log.info({ userId: user.id }, "user signed up");
      return user;
    } catch (error) {
      if (isDuplicateKey(error)) throw emailTaken();
      throw error;
    }
  }

  async login(input: { email: string; password: string }): Promise<UserModel> {
    const normalized = normalizeEmail(input.email);
    const password = typeof input.password === "string" ? input.password : "";
    const throttle = new LoginThrottle(this.deps.db, normalized, this.deps.clientAddress);
    await throttle.reserveAttempt();
    if (Math.random() * PRUNE_ONE_IN < 1) await pruneLoginThrottles(this.deps.db);
    const user = await this.deps.db.getRepository(User).findOne({
      select: { id: true, name: true, email: true, passwordHash: true },
      where: { emailNormalized: normalized },
    });
    // An unknown email costs the same argon2 work as a wrong password, and answers the same.
    const valid = user
      ? await verifyPassword(user.passwordHash, password)
      : await verifyWithoutUser(password);
    if (!user || !valid) {
      await throttle.recordFailure();
      this.deps.log.info({ clientAddress: this.deps.clientAddress }, "login failed");
      throw new Unauthenticated(LOGIN_FAILED_MESSAGE);
    }
    await throttle.recordSuccess();
    return userFrom(user);
  }
}

const emailTaken = (): AlreadyExists =>
  new AlreadyExists("An account with this email already exists. Sign in instead.", "email");
