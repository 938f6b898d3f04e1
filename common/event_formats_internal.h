// Column layouts and helpers shared by the readers and writers of
// event_formats.h (internal to common/).
#ifndef DIPGRAPH_COMMON_EVENT_FORMATS_INTERNAL_H_
#define DIPGRAPH_COMMON_EVENT_FORMATS_INTERNAL_H_

#include <cstddef>
#include <string_view>

namespace dipgraph {

// GDELT event tables (GDELT 1.0 codebook, 2013; GDELT 2.0 event codebook,
// 2015): 0-based columns. GDELT 2.0 adds ADM2Code to each of the three
// geography blocks (8 fields each instead of 7); DATEADDED and SOURCEURL
// follow them.
namespace gdelt {
inline constexpr size_t kId = 0;          // GLOBALEVENTID
inline constexpr size_t kDay = 1;         // SQLDATE, YYYYMMDD
inline constexpr size_t kActor1 = 5;      // Actor1Code … Actor1Type3Code
inline constexpr size_t kActor2 = 15;     // Actor2Code … Actor2Type3Code
inline constexpr size_t kRootEvent = 25;  // IsRootEvent
inline constexpr size_t kEventCode = 26;  // EventCode, BaseCode, RootCode
inline constexpr size_t kQuad = 29;       // QuadClass, Goldstein, NumMentions,
                                          // NumSources, NumArticles, AvgTone
inline constexpr size_t kGeo = 35;        // Actor1Geo_Type …
inline constexpr size_t kFields1 = 57;    // GDELT 1.0 without SOURCEURL
inline constexpr size_t kFields2 = 61;
}  // namespace gdelt

// ICEWS coded event data (Boschee et al., Harvard Dataverse
// doi:10.7910/DVN/28075): 0-based columns of its 20.
namespace icews {
inline constexpr size_t kId = 0;          // Event ID
inline constexpr size_t kDate = 1;        // Event Date, YYYY-MM-DD
inline constexpr size_t kSourceName = 2;  // then Sectors, Country
inline constexpr size_t kEventText = 5;   // the CAMEO name of the code
inline constexpr size_t kCode = 6;        // CAMEO Code (leading 0 dropped)
inline constexpr size_t kIntensity = 7;   // -10..10
inline constexpr size_t kTargetName = 8;  // then Sectors, Country
inline constexpr size_t kStory = 11;      // Story ID
inline constexpr size_t kSentence = 12;   // Sentence Number, from 1
inline constexpr size_t kPublisher = 13;
inline constexpr size_t kFields = 20;  // … City … Latitude, Longitude
inline constexpr std::string_view kHeader =
    "Event ID\tEvent Date\tSource Name\tSource Sectors\tSource Country\t"
    "Event Text\tCAMEO Code\tIntensity\tTarget Name\tTarget Sectors\t"
    "Target Country\tStory ID\tSentence Number\tPublisher\tCity\tDistrict\t"
    "Province\tCountry\tLatitude\tLongitude";
}  // namespace icews

namespace internal {
bool AsciiEqualsIgnoreCase(std::string_view a, std::string_view b);
std::string_view StripBom(std::string_view s);
bool IsCameoCode(std::string_view code);
// The QuadClass of a CAMEO root ("01".."20") as data/cameo/cameo.tsv has
// it (01-05: 1, 06-08: 2, 09-13: 3, 14-20: 4); 0 for another string.
int QuadClassOfRoot(std::string_view root);
// The CAMEO root a PLOVER event type is mostly coded from (our codebook's
// CAMEO→PLOVER table read backwards); "" for an unknown type.
std::string_view RootOfPlover(std::string_view plover);
}  // namespace internal

}  // namespace dipgraph

#endif  // DIPGRAPH_COMMON_EVENT_FORMATS_INTERNAL_H_
