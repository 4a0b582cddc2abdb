//! `spoor2 schema`: the JSON Schema of the journal format, generated from
//! the same types the program reads, for editors with a YAML language server.

use super::{Outcome, RunError};
use crate::Status;

pub fn run() -> Outcome {
    let json =
        serde_json::to_string_pretty(crate::journal::schema()).map_err(|e| RunError::Other {
            message: format!("fout: {e}"),
            status: Status::Io,
        })?;
    println!("{json}");
    Ok(Status::Ok)
}
