// The built-in values catalogue, custom value rules and the card-sort rules for choosing top values.
#include "domain/values_catalog.h"

#include <algorithm>
#include <iterator>
#include <set>

#include "domain/text.h"

namespace tn {
namespace {

// Sorted by name; definitions are written for True North in plain words.
constexpr CatalogValue kCatalog[] = {
    {"accountability", "Accountability",
     "Owning your choices and their results, and putting things right when they go wrong."},
    {"achievement", "Achievement",
     "Finishing what you set out to do and feeling the satisfaction of real progress."},
    {"adaptability", "Adaptability",
     "Adjusting calmly when plans change and finding a good way through what is new."},
    {"adventure", "Adventure",
     "Seeking new places, experiences and challenges that stretch you beyond the familiar."},
    {"ambition", "Ambition",
     "Aiming high and working steadily toward bigger goals and greater responsibility."},
    {"authenticity", "Authenticity",
     "Being the same person at work and at home, without masks or pretending."},
    {"autonomy", "Autonomy",
     "Having room to decide how you do your work and to shape your own path."},
    {"balance", "Balance",
     "Giving work, rest, relationships and health each a fair share of your time and energy."},
    {"beauty", "Beauty",
     "Noticing and making things that delight the senses, whether in nature, art or design."},
    {"belonging", "Belonging",
     "Feeling part of a group where you are accepted as you are and can contribute fully."},
    {"career_advancement", "Career advancement",
     "Moving up in your field, taking on bigger roles and more responsibility over time."},
    {"challenge", "Challenge",
     "Taking on hard problems that test you, stretch you and help you grow."},
    {"collaboration", "Collaboration",
     "Working with others toward a shared goal and valuing what each person brings."},
    {"commitment", "Commitment",
     "Sticking with people and promises through the hard stretches, not only the easy ones."},
    {"community", "Community",
     "Investing in the people and places around you so everyone can do a little better."},
    {"compassion", "Compassion",
     "Noticing when others struggle and choosing to help ease their load."},
    {"competence", "Competence",
     "Being genuinely good at what you do and keeping your skills sharp."},
    {"courage", "Courage",
     "Doing the right or the hard thing even when you feel afraid or unsure."},
    {"creativity", "Creativity",
     "Bringing fresh ideas to life and finding new ways to solve old problems."},
    {"curiosity", "Curiosity",
     "Asking questions, exploring ideas and staying eager to understand how things work."},
    {"diversity", "Diversity",
     "Welcoming different backgrounds and viewpoints because together they make everyone's thinking better."},
    {"efficiency", "Efficiency",
     "Getting good results without wasting effort, time or money along the way."},
    {"empathy", "Empathy",
     "Trying to feel and understand what another person is going through right now."},
    {"excellence", "Excellence",
     "Holding yourself to a high standard and caring about the quality of your work."},
    {"fairness", "Fairness",
     "Treating people evenly, weighing every side and giving everyone a fair chance."},
    {"faith", "Faith",
     "Drawing strength and direction from your spiritual beliefs or something larger than yourself."},
    {"family", "Family",
     "Making time for the people closest to you and keeping them at the centre of your life."},
    {"financial_security", "Financial security",
     "Having enough money set aside to feel steady and free from constant worry."},
    {"flexibility", "Flexibility",
     "Having room to shape when, where and how you work around the rest of your life."},
    {"freedom", "Freedom",
     "Being able to choose how you live, where you go and what you pursue."},
    {"friendship", "Friendship",
     "Building close, lasting bonds with people who know you well and stand by you."},
    {"fun", "Fun",
     "Making space for play, laughter and lightness, even in the middle of serious work."},
    {"generosity", "Generosity",
     "Sharing your time, knowledge and resources freely, without keeping score."},
    {"gratitude", "Gratitude",
     "Noticing the good things and people in your life and taking time to say thank you."},
    {"harmony", "Harmony",
     "Keeping relationships and surroundings peaceful, and gently easing conflict when it appears."},
    {"health", "Health",
     "Looking after your body and mind so you have energy for what matters most."},
    {"honesty", "Honesty",
     "Telling the truth, even when it is uncomfortable, and not hiding what others need to know."},
    {"humility", "Humility",
     "Seeing your own limits clearly and staying open to learning from anyone."},
    {"humour", "Humour",
     "Finding the funny side of things and helping the people around you lighten up."},
    {"impact", "Impact",
     "Making a visible, lasting difference through your work for the people and causes it touches."},
    {"independence", "Independence",
     "Relying on your own judgement and resources rather than waiting for others to act."},
    {"influence", "Influence",
     "Shaping decisions and direction, and moving people toward outcomes you believe in."},
    {"inner_peace", "Inner peace",
     "Feeling calm and settled inside, whatever is happening around you."},
    {"innovation", "Innovation",
     "Turning new ideas into things that actually change how people work or live."},
    {"integrity", "Integrity",
     "Acting on your principles consistently, especially when no one is watching."},
    {"justice", "Justice",
     "Standing up for what is right and pushing back against unfair treatment of anyone."},
    {"kindness", "Kindness",
     "Being warm and considerate in small daily moments, toward strangers as well as friends."},
    {"leadership", "Leadership",
     "Setting a direction and helping a group of people do their best work together."},
    {"learning", "Learning",
     "Always picking up new skills and ideas, and enjoying the process of learning itself."},
    {"legacy", "Legacy",
     "Leaving something behind that keeps helping people long after you have moved on."},
    {"love", "Love",
     "Giving and receiving deep affection, and letting the people you love know it often."},
    {"loyalty", "Loyalty",
     "Standing by your people and your commitments when it would be easier to walk away."},
    {"mastery", "Mastery",
     "Practising a craft deeply over years until you do it with real skill and ease."},
    {"meaningful_work", "Meaningful work",
     "Doing work that matters to you and makes a real difference to someone."},
    {"mentoring", "Mentoring",
     "Helping others grow by sharing what you know and backing them as they progress."},
    {"nature", "Nature",
     "Spending time outdoors and staying connected to the living world around you."},
    {"openness", "Openness",
     "Welcoming new ideas, feedback and people, even when they challenge your views."},
    {"optimism", "Optimism",
     "Expecting good things to be possible and looking for the way forward."},
    {"patience", "Patience",
     "Giving people, plans and yourself the time they need to grow and settle."},
    {"perseverance", "Perseverance",
     "Keeping going through setbacks and slow progress until the job is truly done."},
    {"personal_growth", "Personal growth",
     "Becoming a wiser, more capable version of yourself through effort and honest reflection."},
    {"purpose", "Purpose",
     "Knowing why you do what you do and letting that reason guide your choices."},
    {"recognition", "Recognition",
     "Having your contributions noticed, valued and appreciated by the people around you."},
    {"reliability", "Reliability",
     "Being someone others can count on to show up and follow through."},
    {"respect", "Respect",
     "Treating every person with dignity and taking their views and their time seriously."},
    {"responsibility", "Responsibility",
     "Taking charge of what is yours to do and seeing it through to the end."},
    {"self_respect", "Self-respect",
     "Honouring your own worth and not trading it away just to please others."},
    {"service", "Service",
     "Putting your energy into helping others and meeting their real needs."},
    {"simplicity", "Simplicity",
     "Cutting away clutter so you can focus on the few things that matter most."},
    {"social_responsibility", "Social responsibility",
     "Making sure your work and your organisation do right by society, not only by the bottom line."},
    {"stability", "Stability",
     "Having a steady, predictable footing in work and life that you can build on."},
    {"sustainability", "Sustainability",
     "Protecting the planet and its resources so future generations can thrive too."},
    {"transparency", "Transparency",
     "Sharing information openly so people understand what is happening and why."},
    {"trust", "Trust",
     "Building relationships where people can rely on each other and speak freely."},
    {"wealth", "Wealth",
     "Building financial abundance that gives you options, comfort and the means to help others."},
    {"well_being", "Well-being",
     "Feeling good in body, mind and mood from day to day, not only on holidays."},
    {"wisdom", "Wisdom",
     "Using experience and good judgement to see what truly matters and to act well."},
};

constexpr std::string_view kPileIds[] = {"very_important", "important", "not_important"};

}  // namespace

std::span<const CatalogValue> values_catalog() { return kCatalog; }

const CatalogValue* find_catalog_value(std::string_view slug) {
  const auto it = std::find_if(std::begin(kCatalog), std::end(kCatalog),
                               [slug](const CatalogValue& v) { return v.slug == slug; });
  return it == std::end(kCatalog) ? nullptr : &*it;
}

Status validate_custom_value(std::string_view name, std::string_view definition,
                             const std::vector<std::string>& other_custom_names) {
  if (Status s = check_required_text("name", name, kMaxCustomValueNameChars); !s.ok()) return s;
  const std::string key = name_key(name);
  for (const CatalogValue& value : kCatalog) {
    if (name_key(value.name) == key) {
      return Status::Invalid("name", "name is already a built-in value (" + std::string(value.name) +
                                         "); pick it from the list instead");
    }
  }
  for (const std::string& other : other_custom_names) {
    if (name_key(other) == key) return Status::Invalid("name", "name is already one of your custom values");
  }
  return check_max_length("definition", definition, kMaxCustomValueDefinitionChars);
}

std::string_view sort_pile_id(SortPile pile) { return kPileIds[static_cast<int>(pile)]; }

Result<SortPile> parse_sort_pile_field(const std::string& field, std::string_view id) {
  for (std::size_t i = 0; i < std::size(kPileIds); ++i) {
    if (kPileIds[i] == id) return static_cast<SortPile>(i);
  }
  return Status::Invalid(field, field + " must be one of very_important, important, not_important");
}

Status validate_card_placement(std::string_view value_key,
                               const std::vector<std::string>& custom_value_keys) {
  const bool is_custom =
      std::find(custom_value_keys.begin(), custom_value_keys.end(), value_key) != custom_value_keys.end();
  if (find_catalog_value(value_key) != nullptr || is_custom) return Status::Ok();
  return Status::Invalid("value", "value must be a built-in value or one of your custom values");
}

Status validate_top_values(const std::vector<RankedValue>& ranked, const CardSort& sort,
                           TopValuesStage stage) {
  if (ranked.size() > kMaxTopValues) {
    return Status::Invalid("top_values", "top_values must hold at most 10 values");
  }
  if (stage == TopValuesStage::kFinal && ranked.size() < kMinTopValues) {
    return Status::Invalid("top_values", "top_values must hold at least 5 values to finish the exercise");
  }
  std::set<std::string> seen;
  for (std::size_t i = 0; i < ranked.size(); ++i) {
    const std::string prefix = indexed("top_values", i) + ".";
    const std::string value_field = prefix + "value";
    const auto placed = sort.find(ranked[i].value_key);
    if (placed == sort.end() || placed->second != SortPile::kVeryImportant) {
      return Status::Invalid(value_field, value_field + " must be a value from your very important pile");
    }
    if (!seen.insert(ranked[i].value_key).second) {
      return Status::Invalid(value_field, value_field + " repeats a value already in the list");
    }
    const std::string meaning_field = prefix + "meaning";
    const Status meaning = stage == TopValuesStage::kFinal
                               ? check_required_text(meaning_field, ranked[i].meaning, kMaxValueMeaningChars)
                               : check_max_length(meaning_field, ranked[i].meaning, kMaxValueMeaningChars);
    if (!meaning.ok()) return meaning;
  }
  return Status::Ok();
}

std::vector<RankedValue> reinsert_ranked_value(std::vector<RankedValue> ranked, RankedValue value, std::size_t rank) {
  const bool listed = std::any_of(ranked.begin(), ranked.end(),
                                  [&](const RankedValue& r) { return r.value_key == value.value_key; });
  if (listed || ranked.size() >= kMaxTopValues) return ranked;
  const std::size_t at = std::min(rank == 0 ? 0 : rank - 1, ranked.size());
  ranked.insert(ranked.begin() + static_cast<std::ptrdiff_t>(at), std::move(value));
  return ranked;
}

std::string_view rank_move_id(RankMove move) {
  static constexpr std::string_view kIds[] = {"up", "down", "same", "new", "gone"};
  return kIds[static_cast<std::size_t>(move)];
}

std::vector<RankChange> compare_rankings(const std::vector<RankedName>& then, const std::vector<RankedName>& now) {
  const auto rank_in = [](const std::vector<RankedName>& list, const std::string& key) -> std::optional<int> {
    for (std::size_t i = 0; i < list.size(); ++i) {
      if (list[i].value_key == key) return static_cast<int>(i) + 1;
    }
    return std::nullopt;
  };
  std::vector<RankChange> out;
  for (std::size_t i = 0; i < now.size(); ++i) {
    RankChange c{now[i].value_key, now[i].name, rank_in(then, now[i].value_key), static_cast<int>(i) + 1, RankMove::kNew};
    if (c.then_rank) c.move = *c.now_rank < *c.then_rank ? RankMove::kUp : *c.now_rank > *c.then_rank ? RankMove::kDown : RankMove::kSame;
    out.push_back(std::move(c));
  }
  for (std::size_t i = 0; i < then.size(); ++i) {
    if (!rank_in(now, then[i].value_key)) {
      out.push_back({then[i].value_key, then[i].name, static_cast<int>(i) + 1, std::nullopt, RankMove::kGone});
    }
  }
  return out;
}

}  // namespace tn
