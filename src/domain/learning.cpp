// Learning: the reading and learning list (books, courses, talks, articles) on shelves, each read, the
// takeaways and quotes kept from them, weekly experiments, and the starting list the app offers.
#include "domain/learning.h"

#include "domain/text.h"

namespace tn {
namespace {

constexpr StarterItem kStarterList[] = {
    {"emotional-intelligence", "book", "Emotional Intelligence", "Daniel Goleman",
     "Why self-awareness, self-control and empathy weigh as much as skill in how people lead and work together."},
    {"start-with-why", "book", "Start With Why", "Simon Sinek",
     "Leading from purpose: saying why before what and how, which is what a vision statement does."},
    {"atomic-habits", "book", "Atomic Habits", "James Clear",
     "Small changes repeated until they stick: a good source of weekly experiments."},
};

Status check_read(const LearningRead& read, std::size_t i) {
  const std::string prefix = indexed("reads", i) + ".";
  if (read.started_on.empty() && read.finished_on.empty()) {
    return Status::Invalid(prefix + "started_on", prefix + "started_on or " + prefix + "finished_on is required");
  }
  if (Status s = first_error({check_optional_date(prefix + "started_on", read.started_on),
                              check_optional_date(prefix + "finished_on", read.finished_on)});
      !s.ok()) {
    return s;
  }
  if (!read.started_on.empty() && !read.finished_on.empty() && read.finished_on < read.started_on) {
    return Status::Invalid(prefix + "finished_on", prefix + "finished_on must be on or after " + prefix + "started_on");
  }
  return Status::Ok();
}

Status check_reads(const std::vector<LearningRead>& reads) {
  if (reads.size() > kMaxReads) {
    return Status::Invalid("reads", "reads must have at most " + std::to_string(kMaxReads) + " items");
  }
  for (std::size_t i = 0; i < reads.size(); ++i) {
    if (Status s = check_read(reads[i], i); !s.ok()) return s;
  }
  return Status::Ok();
}

Status check_note_extras(const LearningNote& n) {
  const bool quote = n.kind == kNoteQuote;
  if (n.page && !quote) return Status::Invalid("page", "page is for quotes; a takeaway has none");
  if (n.page) {
    if (Status s = check_range("page", *n.page, 1, kMaxPage); !s.ok()) return s;
  }
  if (!n.experiment_week.empty() && quote) {
    return Status::Invalid("experiment_week", "experiment_week is for takeaways: a quote cannot be tried out");
  }
  if (n.value_ids.size() > kNoteMaxValues) {
    return Status::Invalid("value_ids", "value_ids must have at most " + std::to_string(kNoteMaxValues) + " items");
  }
  return first_error({check_id_list("value_ids", n.value_ids, "repeats a value already linked"),
                      n.initiative_id ? check_positive_id("initiative_id", *n.initiative_id) : Status::Ok(),
                      check_optional_date("experiment_week", n.experiment_week)});
}

}  // namespace

Status validate_learning_item(const LearningItem& item) {
  return first_error({
      check_one_of("kind", item.kind, kLearningKinds),
      check_required_text("title", item.title, kLearningTitleMaxChars),
      check_max_length("author", item.author, kLearningAuthorMaxChars),
      check_one_of("shelf", item.shelf, kShelves),
      check_range("progress", item.progress, 0, 100),
      item.rating ? check_range("rating", *item.rating, 1, 5) : Status::Ok(),
      check_reads(item.reads),
  });
}

Status validate_learning_note(const LearningNote& n) {
  if (Status s = check_one_of("kind", n.kind, kNoteKinds); !s.ok()) return s;
  const std::size_t max = n.kind == kNoteQuote ? kQuoteMaxChars : kTakeawayMaxChars;
  if (Status s = check_required_text("text", n.text, max); !s.ok()) return s;
  return check_note_extras(n);
}

Date week_monday(const Date& date) { return date.plus_days(1 - date.iso_weekday()); }

Initiative initiative_from_takeaway(const LearningNote& takeaway, std::string_view item_title) {
  Initiative out;
  const std::string text = trim(takeaway.text);
  out.title = utf8_shortened(text, kInitiativeTitleMaxChars - 1);
  out.why = utf8_shortened("From " + quoted(item_title, QuoteMarks::kTypographic) + ": " + text,
                           kInitiativeWhyMaxChars - 1);
  out.value_ids = takeaway.value_ids;
  out.horizon = "short";
  out.status = std::string(kStatusPlanned);
  return out;
}

std::span<const StarterItem> starter_list() { return kStarterList; }

const StarterItem* find_starter_item(std::string_view key) {
  for (const StarterItem& item : kStarterList) {
    if (item.key == key) return &item;
  }
  return nullptr;
}

}  // namespace tn
