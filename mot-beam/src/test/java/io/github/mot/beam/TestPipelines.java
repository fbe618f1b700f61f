package io.github.mot.beam;

import java.util.function.Consumer;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.testing.TestPipeline;
import org.junit.runner.Description;
import org.junit.runners.model.Statement;

/**
 * Runs a Beam {@link TestPipeline} (a JUnit 4 rule) from a JUnit 5 test: the rule is applied by
 * hand around the test's body, so that its checks (every transform run, every PAssert reached)
 * hold as under JUnit 4. The pipeline runs on the DirectRunner.
 */
final class TestPipelines {

  private TestPipelines() {}

  /**
   * Builds a pipeline with {@code body}, runs it to the end and checks its assertions.
   *
   * @param test the test class, for the rule's description
   * @param name the test's name
   * @param body applies the transforms and the PAsserts
   * @return the finished pipeline's result (its metrics)
   * @throws Throwable what the pipeline or an assertion threw
   */
  static PipelineResult run(Class<?> test, String name, Consumer<TestPipeline> body) throws Throwable {
    TestPipeline p = TestPipeline.create();
    PipelineResult[] result = new PipelineResult[1];
    Statement statement =
        new Statement() {
          @Override
          public void evaluate() {
            body.accept(p);
            result[0] = p.run();
            result[0].waitUntilFinish();
          }
        };
    p.apply(statement, Description.createTestDescription(test, name)).evaluate();
    return result[0];
  }
}
