# string_sum's behaviour; runs under any Python 3.7+ with the built module on sys.path.
import sys
import unittest

import string_sum


class StringSumTest(unittest.TestCase):
    def test_adds_two_ints_into_a_string(self):
        self.assertEqual(string_sum.sum_as_string(5, 20), "25")
        self.assertEqual(string_sum.sum_as_string(-7, 2), "-5")

    def test_wrong_argument_count_is_a_type_error(self):
        for args in [(), (1,), (1, 2, 3)]:
            with self.assertRaises(TypeError) as cm:
                string_sum.sum_as_string(*args)
            self.assertEqual(str(cm.exception), "sum_as_string expected 2 positional arguments")

    def test_non_int_names_the_argument_position(self):
        with self.assertRaises(TypeError) as cm:
            string_sum.sum_as_string("5", 20)
        self.assertIn("1", str(cm.exception))
        with self.assertRaises(TypeError) as cm:
            string_sum.sum_as_string(5, 2.0)
        self.assertIn("2", str(cm.exception))

    def test_int_beyond_32_bits_is_an_overflow_error(self):
        for n in [2**31, -2**31 - 1, 2**100]:
            with self.assertRaises(OverflowError) as cm:
                string_sum.sum_as_string(n, 1)
            self.assertEqual(str(cm.exception), "cannot fit %d in 32 bits" % n)

    def test_overflowing_sum_is_an_overflow_error(self):
        with self.assertRaises(OverflowError) as cm:
            string_sum.sum_as_string(2**31 - 1, 1)
        self.assertEqual(str(cm.exception), "arguments too large to add")


if __name__ == "__main__":
    print("string_sum loaded from", string_sum.__file__, "by", sys.version.split()[0])
    unittest.main()
