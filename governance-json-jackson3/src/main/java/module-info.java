/**
 * The Jackson 3 binding of the model and the SDK's versioned file formats: the codec tables of
 * {@code io.github.jiceng.governance.json}, read and written through Jackson 3.
 *
 * <p>Exports the API package only; the {@code *.internal} package stays encapsulated.
 */
module io.github.jiceng.governance.json.jackson3 {
  requires transitive io.github.jiceng.governance.json;
  requires transitive tools.jackson.databind;

  exports io.github.jiceng.governance.json.jackson3;
  provides tools.jackson.databind.JacksonModule with io.github.jiceng.governance.json.jackson3.GovernanceJackson3Module;
}
