// A custom instrument: a 5-point hospital questionnaire with a dimension of its own and a
// reverse-coded item, three respondents typed in, then the gap analysis.
// Run from the project root:  mot-examples/jshell/mot-jshell mot-examples/jshell/custom-instrument.jsh
import io.github.mot.core.RatingScale;
import io.github.mot.servqual.*;
import io.github.mot.servqual.gap.*;

Dimension access = Dimension.of("ACCESS");
Instrument clinic = Instrument.builder().name("Clinic 6").scale(RatingScale.FIVE_POINT).
    addItems(Item.of("Easy to get an appointment", access), Item.of("Short waiting time", access),
        Item.reversed("Staff seem too busy to help", Dimension.RESPONSIVENESS), Item.of("Staff answer questions", Dimension.RESPONSIVENESS),
        Item.of("Doctor explains the treatment", Dimension.ASSURANCE), Item.of("I trust the doctor", Dimension.ASSURANCE)).
    build();
SurveyData.Builder answers = SurveyData.builder(clinic);
answers.add(Response.builder("p1").expectations(5, 5, 1, 5, 5, 5).perceptions(3, 2, 4, 4, 4, 5).build());
answers.add(Response.builder("p2").expectations(4, 5, 2, 4, 5, 4).perceptions(4, 3, 3, 4, 5, 4).build());
answers.add(Response.builder("p3").expectations(5, 4, 1, 5, 4, 5).perceptions(2, 2, 5, 3, 4, 4).build());
SurveyData data = answers.build();
GapReport report = GapAnalysis.withDefaults().analyze(data);
System.out.println(clinic);
System.out.println(report);
System.out.printf(java.util.Locale.ROOT, "ACCESS gap %.3f%n", report.dimension(access).meanGap());
/exit
