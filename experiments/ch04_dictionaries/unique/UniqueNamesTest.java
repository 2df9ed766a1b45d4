package dev.perflab.experiments.ch04.unique;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class UniqueNamesTest {

    @ParameterizedTest
    @CsvSource({"1000, 750", "5000, 1", "300, 300", "1, 1"})
    void aBookHoldsNNamesWithExactlyTheGivenNumberDistinct(int n, int unique) {
        var book = NameBook.generate(n, unique, 3);
        assertThat(book.names()).hasSize(n);
        assertThat(new HashSet<>(book.names())).hasSize(unique).isEqualTo(new HashSet<>(book.distinct()));
        assertThat(book.distinct()).doesNotHaveDuplicates();
    }

    @Test
    void repeatsAreDistinctStringObjects() {
        var book = NameBook.generate(2_000, 500, 3);
        var objects = new IdentityHashMap<String, Boolean>();
        book.names().forEach(name -> objects.put(name, true));
        assertThat(objects).hasSize(2_000);
    }

    @Test
    void theSameSeedGivesTheSameBook() {
        assertThat(NameBook.generate(500, 400, 9)).isEqualTo(NameBook.generate(500, 400, 9));
        assertThat(NameBook.generate(500, 400, 9).names())
                .isNotEqualTo(NameBook.generate(500, 400, 10).names());
    }

    @ParameterizedTest
    @EnumSource(Deduplication.class)
    void everyMethodKeepsEachDistinctNameOnce(Deduplication method) {
        var book = NameBook.generate(3_000, 2_222, 5);
        Collection<String> unique = method.unique(book.names());
        assertThat(unique).hasSize(2_222).containsExactlyInAnyOrderElementsOf(book.distinct());
    }

    @Test
    void bothMethodsAgreeOnAHandWrittenList() {
        List<String> names = List.of("Ann", "Bob", new String("Ann"), "Cy", "Bob", "Ann");
        Set<String> fromList = new HashSet<>(Deduplication.LIST_SCAN.unique(names));
        assertThat(fromList).containsExactlyInAnyOrder("Ann", "Bob", "Cy");
        assertThat(new HashSet<>(Deduplication.HASH_SET.unique(names))).isEqualTo(fromList);
        // The list scan keeps first-seen order.
        assertThat(new ArrayList<>(Deduplication.LIST_SCAN.unique(names))).containsExactly("Ann", "Bob", "Cy");
        assertThat(Deduplication.LIST_SCAN.unique(List.of())).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"10000, 75, 7500", "10, 1, 1", "3, 50, 2", "7, 100, 7"})
    void uniqueCountIsTheShareOfNRoundedAndAtLeastOne(int n, int percent, int unique) {
        assertThat(NameBook.uniqueCount(n, percent)).isEqualTo(unique);
    }

    @Test
    void rejectsImpossibleBooksAndUnknownMethods() {
        assertThatThrownBy(() -> NameBook.generate(10, 11, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NameBook.generate(10, 0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Deduplication.of("sort")).isInstanceOf(IllegalArgumentException.class);
    }
}
