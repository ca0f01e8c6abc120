/// Words too common to tell one paragraph from another.
enum StopWords {
    static let all: Set<String> = [
        "a", "an", "the", "and", "or", "but", "if", "of", "to", "in", "on", "at", "by", "for", "with", "about",
        "from", "into", "is", "are", "was", "were", "be", "been", "being", "am", "do", "does", "did", "doing",
        "have", "has", "had", "having", "i", "me", "my", "we", "us", "our", "you", "your", "he", "him", "his",
        "she", "her", "it", "its", "they", "them", "their", "this", "that", "these", "those", "there", "here",
        "what", "which", "who", "whom", "whose", "when", "where", "why", "how", "so", "as", "than", "then",
        "too", "very", "just", "can", "could", "should", "would", "will", "shall", "may", "might", "must",
        "any", "some", "all", "each", "such", "own", "same", "other", "also", "up", "out", "over", "again",
        "get", "got", "gets", "im", "ive", "its", "thats", "dont", "doesnt", "isnt", "s", "t", "re", "ll", "d",
        "really", "actually", "basically", "anything", "something", "thing", "things", "now",
        "still", "even", "like", "hello", "hi", "thanks", "thank", "ok", "okay", "please", "know", "want", "need", "does", "going", "go", "say", "says",
    ]
}
