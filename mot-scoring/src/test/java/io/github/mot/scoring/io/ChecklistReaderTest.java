package io.github.mot.scoring.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mot.core.BehaviourStep;
import io.github.mot.core.ChecklistItem;
import io.github.mot.core.SupervisionChecklist;
import io.github.mot.core.io.DataFileException;
import io.github.mot.core.io.ReadLimits;
import io.github.mot.core.io.RowError;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link ChecklistReader}: the columns, every kind of bad cell, all-or-nothing reading. */
class ChecklistReaderTest {

  private static final ChecklistReader READER = ChecklistReader.withDefaults();

  @Test
  void everyColumnIsReadAndTheFileNamesTheChecklist(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("counter.CSV"),
        "id,text,step,touchpoint,weight,critical\n"
            + "greet,\"Greets the customer, by name\",explore,greeting,1.5,false\n"
            + "pay,Charges the right amount,ACT,,,TRUE\n");
    SupervisionChecklist c = READER.read(file);
    assertThat(c).isEqualTo(SupervisionChecklist.of("counter", List.of(
        ChecklistItem.builder().id("greet").text("Greets the customer, by name").step(BehaviourStep.EXPLORE)
            .touchpointId("greeting").weight(1.5).critical(false).build(),
        ChecklistItem.builder().id("pay").text("Charges the right amount").step(BehaviourStep.ACT).critical(true)
            .build())));
    assertThat(READER.read(new StringReader("Id,Text,Step\ng,G,OFFER\n"), "mine").name()).isEqualTo("mine");
  }

  @Test
  void everyBadItemIsListedAndTheChecklistRefused() {
    String csv = "id,text,step,touchpoint,weight,critical\n"
        + "a,A,EXPLORE,,1,false\n"
        + "b,B,LISTEN,,1,false\n"
        + "c,C,ACT,,0,false\n"
        + "d,D,ACT,,x,maybe\n"
        + "e, ,ACT,,,\n";
    assertThatThrownBy(() -> READER.read(new StringReader(csv), "counter"))
        .isInstanceOf(DataFileException.class)
        .hasMessageStartingWith("counter: 5 errors, the first: line 3, column step, value 'LISTEN'")
        .satisfies(e -> assertThat(((DataFileException) e).errors()).extracting(RowError::line, RowError::column)
            .containsExactly(
                org.assertj.core.groups.Tuple.tuple(3L, "step"),
                org.assertj.core.groups.Tuple.tuple(4L, "weight"),
                org.assertj.core.groups.Tuple.tuple(5L, "weight"),
                org.assertj.core.groups.Tuple.tuple(5L, "critical"),
                org.assertj.core.groups.Tuple.tuple(6L, "")))
        .satisfies(e -> assertThat(((DataFileException) e).errors().get(1))
            .isEqualTo(new RowError(4, "weight", "0", "must be a number > 0")))
        .satisfies(e -> assertThat(((DataFileException) e).errors().get(3))
            .isEqualTo(new RowError(5, "critical", "maybe", "must be true or false")));
  }

  @Test
  void duplicateIdsAnEmptyChecklistAndABadHeaderAreRefused() {
    assertThatThrownBy(() -> READER.read(new StringReader("id,text,step\na,A,ACT\na,B,ACT\n"), "dup"))
        .isInstanceOf(DataFileException.class)
        .hasMessageStartingWith("dup: line 1: ")
        .hasMessageContaining("'a'");
    assertThatThrownBy(() -> READER.read(new StringReader("id,text,step\n"), "none"))
        .isInstanceOf(DataFileException.class)
        .hasMessageStartingWith("none: line 1");
    assertThatThrownBy(() -> READER.read(new StringReader("id,text\na,A\n"), "h"))
        .isInstanceOf(DataFileException.class)
        .hasMessage("h: line 1, column step, value '': the required column 'step' is missing");
  }

  @Test
  void bytesAreDecodedStrictlyAndLimitsApply() throws IOException {
    byte[] bad = {'i', 'd', ',', 't', 'e', 'x', 't', ',', 's', 't', 'e', 'p', '\n', 'a', ',', (byte) 0xC3, ',', 'A', 'C', 'T',
      '\n'};
    assertThatThrownBy(() -> READER.read(new ByteArrayInputStream(bad), "c"))
        .isInstanceOf(DataFileException.class)
        .hasMessageStartingWith("c: line 2, value 'C3': the bytes C3 are not valid UTF-8");
    assertThat(READER.withEncoding(StandardCharsets.ISO_8859_1).read(new ByteArrayInputStream(bad), "c").items())
        .extracting(ChecklistItem::text).containsExactly("\u00c3");
    ChecklistReader one = READER.withLimits(ReadLimits.DEFAULT.withMaxRows(1));
    assertThatThrownBy(() -> one.read(new StringReader("id,text,step\na,A,ACT\nb,B,ACT\n"), "c"))
        .hasMessageContaining("more than 1 data rows");
    assertThat(one.limits().maxRows()).isEqualTo(1);
    assertThat(READER.encoding()).isEqualTo(StandardCharsets.UTF_8);
    assertThat(READER).hasToString("ChecklistReader[UTF-8]");
  }
}
