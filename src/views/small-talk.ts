/** The reply to thanks or an acknowledgement: short, and what to do next. */
export const thanksReply = "You're welcome. Ask me about a plan, an action, a figure or a meeting whenever you like, or type help.";
