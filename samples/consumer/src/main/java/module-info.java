/**
 * A user's application on the module path: it reads only the SDK's exported API packages.
 */
module com.example.consumer {
  requires io.github.jiceng.governance.model;
  requires io.github.jiceng.governance.rules;
  requires io.github.jiceng.governance.json;
}
