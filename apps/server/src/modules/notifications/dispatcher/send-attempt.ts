import type { Channels } from "../channels";
import type { ClaimedDelivery, SendOutcome } from "../delivery";
import { errorText } from "./event-records";

/**
 * One attempt through the delivery's channel, outside any transaction. A missing sender fails the
 * delivery at once; a sender that throws, or outlasts `timeoutMs`, counts as a failed attempt.
 */
export async function attemptSend(
  channels: Pick<Channels, "senders">,
  delivery: ClaimedDelivery,
  timeoutMs: number,
): Promise<SendOutcome> {
  const sender = channels.senders[delivery.channel];
  if (!sender) {
    return {
      delivered: false,
      permanent: true,
      error: `no sender for channel ${delivery.channel} on this server`,
    };
  }
  let timer: NodeJS.Timeout | undefined;
  const overdue = new Promise<SendOutcome>((resolve) => {
    timer = setTimeout(
      () => resolve({ delivered: false, error: `the send took longer than ${timeoutMs} ms` }),
      timeoutMs,
    );
  });
  try {
    return await Promise.race([sender.send(delivery), overdue]);
  } catch (error) {
    return { delivered: false, error: errorText(error) || "the sender failed" };
  } finally {
    clearTimeout(timer);
  }
}
