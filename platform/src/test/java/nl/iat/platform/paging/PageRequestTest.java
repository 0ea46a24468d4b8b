package nl.iat.platform.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mockito.ArgumentCaptor;

/** The paging parameters every list shares, the page they produce, and a Panache query paged by them. */
@Tag("unit")
class PageRequestTest {

    private static ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void validator() {
        factory = Validation.byDefaultProvider().configure()
                .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    @Test
    void defaultsToTheFirstPageOfTwenty() {
        PageRequest request = new PageRequest();
        assertEquals(1, request.page);
        assertEquals(20, request.pageSize);
        assertEquals(0, request.offset());
        assertEquals(Set.of(), invalid(request));
    }

    @Test
    void theOffsetSkipsTheEarlierPages() {
        assertEquals(40, request(3, 20).offset());
        assertEquals(99, request(100, 1).offset());
    }

    @ParameterizedTest
    @CsvSource({ "1, 1", "1, 100", "1000000, 100" })
    void acceptsPagesFromOneAndSizesUpToAHundred(int page, int pageSize) {
        assertEquals(Set.of(), invalid(request(page, pageSize)));
    }

    @ParameterizedTest
    @CsvSource({ "0, 20, page", "-1, 20, page", "1000001, 20, page", "1, 0, pageSize", "1, 101, pageSize" })
    void refusesAPageBeforeTheFirstAndASizeAboveTheMaximum(int page, int pageSize, String field) {
        assertEquals(Set.of(field), invalid(request(page, pageSize)));
    }

    @ParameterizedTest
    @CsvSource({ "0, 20, 0", "1, 20, 1", "40, 20, 2", "41, 20, 3", "100, 100, 1", "101, 100, 2" })
    void countsThePages(long totalItems, int pageSize, long totalPages) {
        Page<String> page = Page.of(List.of(), request(1, pageSize), totalItems);
        assertEquals(totalPages, page.totalPages());
        assertEquals(totalItems, page.totalItems());
    }

    @Test
    void aPageMapsItsItemsAndKeepsItsNumbers() {
        Page<Integer> page = Page.of(List.of(1, 2), request(2, 2), 5);

        assertEquals(new Page<>(List.of("1", "2"), 2, 2, 5, 3), page.map(String::valueOf));
    }

    @Test
    @SuppressWarnings("unchecked")
    void pagesAPanacheQueryFromPageOneOnwards() {
        PanacheQuery<Integer> query = mock(PanacheQuery.class);
        when(query.page(any(io.quarkus.panache.common.Page.class))).thenReturn(query);
        when(query.list()).thenReturn(List.of(21, 22, 23));
        when(query.count()).thenReturn(43L);

        Page<String> page = PanachePaging.page(query, request(2, 20), item -> "#" + item);

        var asked = ArgumentCaptor.forClass(io.quarkus.panache.common.Page.class);
        verify(query).page(asked.capture());
        assertEquals(1, asked.getValue().index, "Panache counts pages from 0");
        assertEquals(20, asked.getValue().size);
        assertEquals(new Page<>(List.of("#21", "#22", "#23"), 2, 20, 43, 3), page);
    }

    private static PageRequest request(int page, int pageSize) {
        PageRequest request = new PageRequest();
        request.page = page;
        request.pageSize = pageSize;
        return request;
    }

    private static Set<String> invalid(PageRequest request) {
        return validator.validate(request).stream().map(ConstraintViolation::getPropertyPath)
                .map(Object::toString).collect(Collectors.toSet());
    }
}
