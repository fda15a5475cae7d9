// What the checker may know besides the reply itself. Every field is optional: the CLI contract
// sends only the text, and the checks must still work on patterns alone.
export interface ReplyContext {
  /** The customer's own words (review or message); enables the template check. */
  customerWording?: string;
  orderId?: string;
  customerEmail?: string;
  customerPhone?: string;
  customerAddress?: string;
  /** The shop's own support addresses and numbers, which a public reply may name. */
  officialContacts?: readonly string[];
}

export interface ReplyInput {
  text: string;
  public: boolean;
  context?: ReplyContext;
}
