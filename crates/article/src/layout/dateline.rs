//! Wire datelines at the start of the first paragraph.
