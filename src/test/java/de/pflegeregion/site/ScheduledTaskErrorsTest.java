package de.pflegeregion.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.scheduling.concurrent.SimpleAsyncTaskScheduler;

@ExtendWith(OutputCaptureExtension.class)
class ScheduledTaskErrorsTest {

    @Test
    void aTaskFailingBecauseTheDatabaseIsAwayLogsOneWarningLineWithoutStackTrace(CapturedOutput output) {
        ScheduledTaskErrors.HANDLER.handleError(new DataAccessResourceFailureException("pool timed out",
                new SQLException("Connection refused", "08001")));

        assertThat(output.getOut()).contains("WARN").contains("Background task skipped, database unreachable: pool timed out")
                .doesNotContain("\tat ");
    }

    @Test
    void anyOtherFailureKeepsItsStackTrace(CapturedOutput output) {
        ScheduledTaskErrors.HANDLER.handleError(new IllegalStateException("index broken"));

        assertThat(output.getOut()).contains("ERROR").contains("Background task failed")
                .contains("java.lang.IllegalStateException: index broken").contains("\tat ");
    }

    @Test
    void theCustomizerInstallsTheHandlerOnTheVirtualThreadScheduler() throws Exception {
        SimpleAsyncTaskScheduler scheduler = new SimpleAsyncTaskScheduler();
        new ScheduledTaskErrors().virtualThreadSchedulerErrors().customize(scheduler);
        var field = SimpleAsyncTaskScheduler.class.getDeclaredField("errorHandler");
        field.setAccessible(true);

        assertThat(field.get(scheduler)).isSameAs(ScheduledTaskErrors.HANDLER);
    }
}
